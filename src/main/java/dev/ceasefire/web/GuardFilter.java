package dev.ceasefire.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's protections on every answer (no sniffing, no framing, a content security policy) and the
 * {@code Host} check: a request must be addressed to 127.0.0.1, localhost, [::1], the address the server listens
 * on or a host named in {@code ceasefire.allowed-hosts}. That keeps a web page that rebinds its own DNS name to
 * this machine from reaching the API through a facilitator's browser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class GuardFilter extends OncePerRequestFilter {

  /** The workshop page loads only its own files; the timeline's inline styles need 'unsafe-inline' for styles. */
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
      + " script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The methods this API answers; the rest (TRACE, PUT, DELETE, PATCH, made-up ones) are a 405 here. */
  static final String ALLOW = "GET, HEAD, POST, OPTIONS";

  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

  private final Set<String> hosts = new TreeSet<>();

  GuardFilter(ServerProperties properties, @Value("${server.address:127.0.0.1}") String address) {
    hosts.addAll(Set.of("127.0.0.1", "localhost", "[::1]", "::1"));
    if (!address.isBlank() && !"0.0.0.0".equals(address) && !"::".equals(address)) {
      hosts.add(address.toLowerCase(Locale.ROOT));
    }
    properties.allowedHosts().forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (!request.getRequestURI().startsWith("/swagger-ui")) {
      response.setHeader("Content-Security-Policy", CSP);
    }
    String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
    if (!hosts.contains(host)) {
      Problems.write(response, 403, Problems.FORBIDDEN_HOST, "this server answers requests addressed to "
          + String.join(", ", hosts) + ", not to '" + RequestReader.cut(host) + "' (add it with --allowed-host)");
      return;
    }
    // Tomcat lets TRACE through to here (see CeasefireServer), and an unknown method would reach HttpServlet's
    // 501: both are refused here as a 405 problem with the browser's protections.
    if (!METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", ALLOW);
      Problems.write(response, 405, Problems.METHOD_NOT_ALLOWED, "method '"
          + RequestReader.cut(request.getMethod()) + "' is not allowed (expected one of " + ALLOW + ")");
      return;
    }
    chain.doFilter(request, response);
  }
}
