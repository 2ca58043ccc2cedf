package io.exportpermits.webhook;

import io.exportpermits.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Guards against a subscription turning the service into a proxy for the internal network (SSRF):
 * the target must be HTTPS (unless allowed) and resolve only to public addresses. Deliveries connect
 * to the address checked here, so a DNS answer that changes in between cannot redirect them.
 */
@ApplicationScoped
public class WebhookTargets {
    /** A checked target: the URL and the address to connect to. */
    public record Target(URI uri, InetAddress address, int port, boolean tls) {
    }

    private final WebhookSettings settings;

    WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Checks a URL a client submits: a 400 on the {@code field} if it may not be used. */
    public String checkSubmitted(String url, String field) {
        try {
            return resolve(url).uri().toString();
        } catch (RefusedTarget e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }

    /** Resolves a stored URL for a delivery; refused targets fail the attempt. */
    public Target resolve(String url) throws RefusedTarget {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && settings.allowHttp())) {
            throw new RefusedTarget(settings.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RefusedTarget("must name a host, with no credentials and no fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedTarget("names a host that does not resolve: " + uri.getHost());
        }
        if (!settings.allowPrivateTargets() && Arrays.stream(addresses).anyMatch(WebhookTargets::internal)) {
            throw new RefusedTarget("resolves to a loopback, private or link-local address");
        }
        boolean tls = scheme.equals("https");
        return new Target(uri, addresses[0], uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80, tls);
    }

    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128); // "this network", carrier-grade NAT
    }

    /** A target that may not be called. */
    public static class RefusedTarget extends Exception {
        RefusedTarget(String message) {
            super(message);
        }
    }
}
