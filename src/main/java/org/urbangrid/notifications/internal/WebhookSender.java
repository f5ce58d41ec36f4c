package org.urbangrid.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.stereotype.Component;
import org.urbangrid.notifications.NotificationKind;
import org.urbangrid.notifications.WebhookSignature;

/**
 * 回调: POSTs the raw JSON body with the event, delivery id, timestamp and signature headers
 * ({@link WebhookSignature}); any 2xx answer acknowledges it. Redirects are not followed (a 3xx is a failure), and
 * the answer's body is not read.
 */
@Component
class WebhookSender implements Sender {

    static final String USER_AGENT = "UrbanGrid-Webhook/1";

    private final HttpClient http;
    private final NotificationProperties properties;
    private final Clock clock;

    WebhookSender(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.WEBHOOK;
    }

    @Override
    public SendResult send(Outgoing message) {
        var body = message.body().getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(message.recipient()))
                    .timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", USER_AGENT)
                    .header(WebhookSignature.EVENT, message.eventType())
                    .header(WebhookSignature.DELIVERY, String.valueOf(message.id()))
                    .header(WebhookSignature.TIMESTAMP, String.valueOf(timestamp))
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign(message.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status);
        } catch (IOException | RuntimeException e) {
            return SendResult.failed(null, Errors.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(null, "interrupted");
        }
    }
}
