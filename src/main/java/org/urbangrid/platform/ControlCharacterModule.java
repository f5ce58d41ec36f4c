package org.urbangrid.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string the API reads (record fields, list items, map values) goes through {@link TextInput}: a control
 * character is refused while reading, with the JSON path of the field, so no endpoint has to remember it.
 */
class ControlCharacterModule extends SimpleModule {

    ControlCharacterModule() {
        super("urbangrid-control-characters");
        addDeserializer(String.class, new CleanStringDeserializer());
    }

    static final class CleanStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            var value = super.deserialize(p, ctxt);
            if (!TextInput.isClean(value)) {
                throw new ControlCharacterException(p, value);
            }
            return value;
        }
    }

    /** A string with a control character; the advice names the field from the exception's path. */
    static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser p, String value) {
            super(p, "control character " + TextInput.codePoint(value) + " in text", TextInput.codePoint(value),
                    String.class);
        }
    }
}
