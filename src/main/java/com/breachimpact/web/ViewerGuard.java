package com.breachimpact.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every request to the report viewer: a {@code Host} header other than the bound
 * loopback address and port is refused (a page of another site that a DNS name pointed at
 * 127.0.0.1 cannot read the reports); every response carries a strict content security
 * policy and headers against sniffing, framing, referrers and caching; and when the
 * viewer was started with an access token, a request without it (header
 * {@code X-Access-Token}, cookie, or {@code ?token=} once, which sets the cookie) is
 * refused.
 */
class ViewerGuard extends OncePerRequestFilter {

	static final String TOKEN_HEADER = "X-Access-Token";

	static final String TOKEN_COOKIE = "breach_impact_token";

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private final byte[] token;

	ViewerGuard(String token) {
		this.token = (token != null) ? token.getBytes(StandardCharsets.UTF_8) : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		if (!loopbackHost(request)) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "Unexpected Host header");
			return;
		}
		if (this.token != null) {
			String query = request.getParameter("token");
			if (query != null && matches(query)) {
				Cookie cookie = new Cookie(TOKEN_COOKIE, query);
				cookie.setHttpOnly(true);
				cookie.setPath("/");
				cookie.setAttribute("SameSite", "Strict");
				response.addCookie(cookie);
				response.sendRedirect(request.getRequestURI());
				return;
			}
			if (!matches(request.getHeader(TOKEN_HEADER)) && !matches(cookie(request))) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED,
						"Access token required: open the address the serve command printed");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean loopbackHost(HttpServletRequest request) {
		String host = request.getHeader("Host");
		if (host == null) {
			return false;
		}
		int port = request.getLocalPort();
		return host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port)
				|| (port == 80 && (host.equals("127.0.0.1") || host.equals("localhost")));
	}

	private boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(this.token, candidate.getBytes(StandardCharsets.UTF_8));
	}

	private static String cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (TOKEN_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
