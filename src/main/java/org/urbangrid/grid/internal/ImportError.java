package org.urbangrid.grid.internal;

import java.util.List;

/** Why one feature of an import file was refused: a message key of the grid bundle and its arguments. */
record ImportError(int index, String code, String key, List<Object> args) {

    static ImportError of(FeatureInput feature, String key, Object... args) {
        return new ImportError(feature.index(), feature.code(), key, List.of(args));
    }
}
