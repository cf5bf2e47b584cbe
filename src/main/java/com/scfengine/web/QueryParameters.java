package com.scfengine.web;

import com.scfengine.common.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The query of an {@code /api} request holds only the parameters its resource takes, as unknown fields of a body are
 * refused: a parameter the resource does not take is a 400 naming it (a misspelt filter would otherwise answer
 * everything). No value holds a control or formatting character. A page of a list ({@code page}, {@code size},
 * {@code sort}) is read as written: {@code page} a whole number from 0, {@code size} from 1 to
 * {@value #MAX_PAGE_SIZE}, {@code sort} a property and an optional direction ({@code name,desc}) — not quietly
 * replaced by the defaults.
 */
class QueryParameters implements HandlerInterceptor {

  /** The largest page of a list: Spring Data's own bound. */
  static final int MAX_PAGE_SIZE = 2000;

  private static final Set<String> PAGE = Set.of("page", "size", "sort");
  private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
  private static final Pattern SORT = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}(,(?i:asc|desc))?");

  /** Per handler: the parameters it takes, and whether it reads a page; none for a handler that takes any. */
  private final Map<HandlerMethod, Taken> taken = new ConcurrentHashMap<>();

  private record Taken(Set<String> names, boolean pageable) {}

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
      return true;
    }
    Taken takes = taken.computeIfAbsent(method, QueryParameters::taken);
    FieldErrors errors = new FieldErrors();
    Map<String, List<String>> query = parse(request.getQueryString(), errors);
    query.forEach((name, values) -> {
      String field = FieldErrors.abbreviated(name);
      if (takes.names() != null && !takes.names().contains(name)) {
        errors.add(field, "is not a parameter of this resource; its parameters are " + new TreeSet<>(takes.names()));
        return;
      }
      for (String value : values) {
        if (value.codePoints().anyMatch(QueryParameters::invisible)) {
          errors.add(field, "holds a control or formatting character, which no parameter may");
          return;
        }
      }
      if (takes.pageable() && PAGE.contains(name)) {
        page(field, values, errors);
      }
    });
    errors.throwIfAny("Query");
    return true;
  }

  private static void page(String name, List<String> values, FieldErrors errors) {
    for (String value : values) {
      switch (name) {
        case "page" -> {
          if (!WHOLE_NUMBER.matcher(value).matches()) {
            errors.add(name, FieldErrors.quoted(value) + " is not a page number: a whole number from 0");
          }
        }
        case "size" -> {
          if (!WHOLE_NUMBER.matcher(value).matches() || Integer.parseInt(value) < 1
              || Integer.parseInt(value) > MAX_PAGE_SIZE) {
            errors.add(name, FieldErrors.quoted(value) + " is not a page size: a whole number from 1 to " + MAX_PAGE_SIZE);
          }
        }
        default -> {
          if (!SORT.matcher(value).matches()) {
            errors.add(name, FieldErrors.quoted(value) + " is not a sort order: a property, and ',asc' or ',desc'");
          }
        }
      }
    }
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  /** The parameters of the query, decoded, in their order; a broken escape is named in {@code errors}. */
  private static Map<String, List<String>> parse(String query, FieldErrors errors) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException broken) {
        errors.add("query", FieldErrors.quoted(pair) + " is not a parameter written name=value with %-escapes");
      }
    }
    return parameters;
  }

  private static Taken taken(HandlerMethod method) {
    Set<String> names = new TreeSet<>();
    boolean pageable = false;
    for (MethodParameter parameter : method.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        if (Map.class.isAssignableFrom(parameter.getParameterType())) {
          return new Taken(null, false); // takes any parameter
        }
        parameter.initParameterNameDiscovery(NAMES);
        names.add(!param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
            : parameter.getParameterName());
      } else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
        names.addAll(PAGE);
        pageable = true;
      }
    }
    return new Taken(Set.copyOf(names), pageable);
  }
}
