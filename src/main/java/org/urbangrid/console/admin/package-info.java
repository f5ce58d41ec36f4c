/**
 * 系统管理: the administrator's pages — grids and their GeoJSON import, the catalogue of classes and filing
 * conditions, routing rules with a tester, the work calendar and stage limits, departments and users.
 */
package org.urbangrid.console.admin;
