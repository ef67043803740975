package vn.anm.assistant.moderation.security;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import reactor.core.publisher.Mono;

/**
 * Which requests a security chain is for: the same path patterns, parsed and matched as
 * {@code ServerWebExchangeMatchers.pathMatchers} does, without its reactive OR and the debug message it
 * builds for every pattern of every request — every public request (each {@code /api/v1/ask}) is
 * tried against all the console's chains before it passes.
 */
final class PathsMatcher implements ServerWebExchangeMatcher {

    private final List<PathPattern> patterns;

    private PathsMatcher(List<PathPattern> patterns) {
        this.patterns = patterns;
    }

    static PathsMatcher of(String... patterns) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        return new PathsMatcher(List.of(patterns).stream().map(p -> parser.parse(parser.initFullPathPattern(p))).toList());
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return MatchResult.match();
            }
        }
        return MatchResult.notMatch();
    }

    @Override
    public String toString() {
        return "PathsMatcher" + patterns;
    }
}
