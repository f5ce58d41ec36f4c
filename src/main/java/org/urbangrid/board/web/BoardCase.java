package org.urbangrid.board.web;

import java.util.List;

import org.urbangrid.cases.PublicCase;

/**
 * A case as the board's pages draw it: the public case with its words resolved (class, street, department, dates
 * in the city's zone). Only public fields: {@link PublicCase} carries no person's details.
 */
public record BoardCase(PublicCase kase, String statusWord, String className, String streetName, String communityName,
        String departmentName, String reportedAt, String expectedAt, String closedAt, String updatedAt) {

    public String number() {
        return kase.number();
    }

    public List<String> photos() {
        return kase.photoIds();
    }
}
