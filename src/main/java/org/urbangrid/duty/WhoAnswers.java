package org.urbangrid.duty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** 谁来负责: everyone answerable at a place, from every duty system, in {@link Duty} order. */
@Service
public class WhoAnswers {

    private final List<AnswerableSource> sources;

    WhoAnswers(List<AnswerableSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Answerable> at(Where where) {
        var all = new ArrayList<Answerable>();
        for (var source : sources) {
            all.addAll(source.at(where));
        }
        all.sort(Comparator.comparing(Answerable::duty));
        return List.copyOf(all);
    }
}
