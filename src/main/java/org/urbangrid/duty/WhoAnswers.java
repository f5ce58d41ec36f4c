package org.urbangrid.duty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** 谁来负责: everyone answerable at a place, from every duty system, in {@link Duty} order. */
@Service
public class WhoAnswers {

    private final ObjectProvider<AnswerableSource> sources;

    WhoAnswers(ObjectProvider<AnswerableSource> sources) {
        this.sources = sources;
    }

    public List<Answerable> at(Where where) {
        var all = new ArrayList<Answerable>();
        for (var source : sources.orderedStream().toList()) {
            all.addAll(source.at(where));
        }
        all.sort(Comparator.comparing(Answerable::duty));
        return List.copyOf(all);
    }

    /** The name behind a key, from whichever system owns it. */
    public Optional<String> nameOf(String key) {
        for (var source : sources.orderedStream().toList()) {
            var name = source.nameOf(key);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }
}
