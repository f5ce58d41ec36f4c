package org.urbangrid.assessment;

/** Computes rankings live from the case histories (a published period is read from its snapshot instead). */
public interface Rankings {

    Ranking ranking(SubjectKind kind, Period period);
}
