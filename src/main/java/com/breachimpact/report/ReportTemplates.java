package com.breachimpact.report;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML templates of the reports and the report viewer, rendered with Thymeleaf from
 * the class path ({@code templates/<name>.html}), escaping every value; characters that
 * XML forbids (control characters in names from stolen data) come out as visible escapes
 * ({@link MarkupSafeText}), so every page stays well-formed for the PDF renderer.
 */
public final class ReportTemplates {

	private final TemplateEngine engine = new TemplateEngine();

	public ReportTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	/**
	 * Render a template.
	 * @param template the template's name under {@code templates/}, without {@code .html}
	 * ({@code report/client})
	 * @param variables the template's variables
	 * @return the HTML, with unsafe characters as visible escapes
	 */
	public String render(String template, Map<String, Object> variables) {
		return MarkupSafeText.visible(this.engine.process(template, new Context(Locale.ROOT, variables)));
	}

}
