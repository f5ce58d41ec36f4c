package org.urbangrid.open311.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * GeoReport v2's resources as records, named by the spec (snake case through the mappers of {@link Open311Formats}).
 * JSON follows the spec's Spark convention (a list is a bare array); XML wraps each list in the spec's root and item
 * elements ({@code <services><service>}, {@code <service_requests><request>} …).
 */
final class Open311Model {

    private Open311Model() {}

    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
            String keywords, String group) {}

    @JacksonXmlRootElement(localName = "services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service") List<Service> service) {}

    @JacksonXmlRootElement(localName = "service_definition")
    record ServiceDefinition(String serviceCode,
            @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute") List<Attribute> attributes) {}

    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
            int order, String description,
            @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value") List<Value> values) {}

    record Value(String key, String name) {}

    /** A service request as GET requests answers it: public data only. */
    record Request(String serviceRequestId, String status, String statusNotes, String serviceName, String serviceCode,
            String description, String agencyResponsible, String serviceNotice, String requestedDatetime,
            String updatedDatetime, String expectedDatetime, String address, Double lat,
            @JsonProperty("long") Double lng, String mediaUrl) {}

    /** The answer to POST requests. */
    record Created(String serviceRequestId, String serviceNotice, String accountId) {}

    /** The answer to GET tokens/{token}. */
    record Token(String serviceRequestId, String token) {}

    @JacksonXmlRootElement(localName = "service_requests")
    record ServiceRequests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request") List<?> request) {}

    /** FixMyStreet's {@code servicerequestupdates}: one public-facing move. */
    record Update(String updateId, String serviceRequestId, String status, String updatedDatetime, String description,
            String mediaUrl, String externalStatusCode) {}

    @JacksonXmlRootElement(localName = "service_request_updates")
    record Updates(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request_update") List<Update> requestUpdate) {}

    @JacksonXmlRootElement(localName = "discovery")
    record Discovery(String changeset, String contact, String keyService,
            @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint") List<Endpoint> endpoints) {}

    record Endpoint(String specification, String url, String changeset, String type,
            @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format") List<String> formats) {}

    record Error(int code, String description) {}

    @JacksonXmlRootElement(localName = "errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error") List<Error> error) {}
}
