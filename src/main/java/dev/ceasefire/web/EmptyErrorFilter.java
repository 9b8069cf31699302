package dev.ceasefire.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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

  private static final ObjectMapper JSON = new ObjectMapper();

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
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", Problems.typeFor(code));
      problem.put("title", status == null ? "Error" : status.getReasonPhrase());
      problem.put("status", code);
      problem.put("detail", code == 404 ? "no resource at " + RequestReader.cut(request.getRequestURI())
          : status == null ? "error" : status.getReasonPhrase());
      wrapper.setContentType("application/problem+json");
      JSON.writeValue(wrapper.getOutputStream(), problem);
    }
    wrapper.copyBodyToResponse();
  }
}
