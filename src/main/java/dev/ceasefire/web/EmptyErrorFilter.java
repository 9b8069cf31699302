package dev.ceasefire.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The actuator answers some errors (an unknown health component) with a status and no body: those get a problem
 * detail too, so every error this server gives reads the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class EmptyErrorFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/actuator");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    int code = wrapper.getStatus();
    if (code >= 400 && wrapper.getContentSize() == 0) {
      HttpStatus status = HttpStatus.resolve(code);
      Problems.write(wrapper, code, Problems.typeFor(code), code == 404
          ? "no resource at " + RequestReader.cut(request.getRequestURI())
          : status == null ? "error" : status.getReasonPhrase());
    }
    wrapper.copyBodyToResponse();
  }
}
