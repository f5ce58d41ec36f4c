package org.urbangrid.assessment;

/**
 * One assessed unit (考核对象).
 *
 * @param id a staff id, department id or region code, as text
 */
public record Subject(SubjectKind kind, String id, String name) {}
