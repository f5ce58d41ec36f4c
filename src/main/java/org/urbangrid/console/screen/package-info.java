/**
 * 指挥大屏: the command centre's big screen for a wall display — today's cases, lights, trends, the grid map,
 * top classes, hot spots, the departments' league table and the urgent ticker, read again after every move.
 */
package org.urbangrid.console.screen;
