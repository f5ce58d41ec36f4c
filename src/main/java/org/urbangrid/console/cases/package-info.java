/**
 * 工作台案件页: the desk pages of operator, shift leader, dispatcher, handler and leader — queues, the case page
 * with its moves, overdue list, search, hotline intake and the grid map.
 */
package org.urbangrid.console.cases;
