package org.urbangrid.deadline;

/** 亮灯: green in time, yellow once the warning share of the limit is used, red when over. */
public enum Light {
    GREEN, YELLOW, RED
}
