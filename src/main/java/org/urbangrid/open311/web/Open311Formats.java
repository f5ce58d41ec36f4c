package org.urbangrid.open311.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * JSON or XML, as the resource's extension says ({@code .json}, {@code .xml}; none: JSON). Own mappers, so the
 * platform's JSON settings (nulls left out) do not change the spec's shape: every field is written, null as
 * {@code null} in JSON and as an empty element in XML; UTF-8 with the XML declaration.
 */
final class Open311Formats {

    static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

    private static final JsonMapper JSON_MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();
    private static final XmlMapper XML_MAPPER = XmlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(XmlWriteFeature.WRITE_XML_DECLARATION)
            .build();

    /** The format a resource was asked in. */
    enum Format {
        JSON, XML;

        /** From the extension (without the dot); null or empty: JSON; anything else: null. */
        static Format of(String extension) {
            if (extension == null || extension.isEmpty() || extension.equalsIgnoreCase("json")) {
                return JSON;
            }
            return extension.equalsIgnoreCase("xml") ? XML : null;
        }
    }

    private Open311Formats() {}

    /**
     * The answer: {@code json} as JSON, or {@code xml} as XML.
     *
     * @param json what JSON shows (a bare list for a list resource)
     * @param xml the same wrapped in its root element
     */
    static ResponseEntity<byte[]> answer(Format format, HttpStatus status, Object json, Object xml) {
        if (format == Format.XML) {
            return ResponseEntity.status(status).contentType(XML).body(XML_MAPPER.writeValueAsBytes(xml));
        }
        return ResponseEntity.status(status).contentType(JSON).body(JSON_MAPPER.writeValueAsBytes(json));
    }

    static ResponseEntity<byte[]> errors(Format format, HttpStatus status, List<Open311Model.Error> errors) {
        return answer(format == null ? Format.JSON : format, status, errors, new Open311Model.Errors(errors));
    }
}
