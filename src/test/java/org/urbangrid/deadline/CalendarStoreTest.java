package org.urbangrid.deadline;

class CalendarStoreTest extends CalendarStoreContract {}
