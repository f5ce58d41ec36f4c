package org.urbangrid.publicguard;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking at a public door (公众来访者): the client address and the device id (设备标识) of its signed
 * {@code ug_device} token. The guard filter works both out for every request of a guarded path group
 * ({@code /public/**}, {@code /open311/**} and the configured ones), before Spring Security; a controller there reads
 * them with {@link #of(HttpServletRequest)}, e.g. to store the device id with a citizen's report.
 *
 * @param address the client address ({@code request.getRemoteAddr()}: behind a proxy set
 *     {@code server.forward-headers-strategy} so it is the citizen's, not the proxy's)
 * @param deviceId the random id (22 characters, base64url) of the device token the request carried, or the one the
 *     answer sets in a new cookie; null outside the guarded paths. Pseudonymous: it says nothing about the person.
 */
public record PublicClient(String address, String deviceId) {

    /** The request attribute the guard filter leaves the client under. */
    public static final String ATTRIBUTE = PublicClient.class.getName();

    /** The client of a request: as the guard filter found it, else the address alone (a path it does not guard). */
    public static PublicClient of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof PublicClient client ? client
                : new PublicClient(request.getRemoteAddr(), null);
    }
}
