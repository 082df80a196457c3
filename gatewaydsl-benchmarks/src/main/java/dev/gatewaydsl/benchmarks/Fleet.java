package dev.gatewaydsl.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * What every side of the benchmark writes: one shared Gateway and {@code n} HTTPRoutes, one per
 * team namespace. All strings are made here, before timing, so the benchmarks measure building,
 * validating and writing only.
 *
 * <p>Each route: three labels, a parentRef to the Gateway's {@code http} listener, a hostname, and
 * two rules, each matching a path prefix and a header and splitting traffic between two weighted
 * backends; the first rule also sets a request header (a {@code RequestHeaderModifier} filter).
 */
public record Fleet(List<Team> teams) {

  /** The Gateway every route attaches to. */
  public static final String GATEWAY_NAME = "platform";
  /** The Gateway's namespace. */
  public static final String GATEWAY_NAMESPACE = "gateway-system";
  /** The Gateway's one listener, the routes' {@code sectionName}. */
  public static final String LISTENER = "http";
  /** The listener's hostname; every route's hostname is below it. */
  public static final String WILDCARD_HOSTNAME = "*.apps.example.com";
  /** The header both rules match, with {@link #ENVIRONMENT}. */
  public static final String ENVIRONMENT_HEADER = "x-environment";
  /** The value of {@link #ENVIRONMENT_HEADER} both rules match. */
  public static final String ENVIRONMENT = "production";
  /** The request header the first rule's filter sets to the team's name. */
  public static final String TEAM_HEADER = "x-team";
  /** Every backend's port. */
  public static final int BACKEND_PORT = 8080;

  /** The strings of one team's route. */
  public record Team(String name, String hostname, String api, String apiCanary, String web,
      String webNext) {}

  /** A fleet of {@code routes} teams, named {@code team-00000} onwards. */
  public static Fleet of(int routes) {
    List<Team> teams = new ArrayList<>(routes);
    for (int i = 0; i < routes; i++) {
      String team = String.format("team-%05d", i);
      teams.add(new Team(team, team + ".apps.example.com", team + "-api", team + "-api-canary",
          team + "-web", team + "-web-next"));
    }
    return new Fleet(List.copyOf(teams));
  }

  /** The number of routes. */
  public int size() {
    return teams.size();
  }
}
