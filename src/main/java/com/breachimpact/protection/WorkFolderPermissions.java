package com.breachimpact.protection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import javax.sql.DataSource;

import com.breachimpact.database.DatabaseDialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps the work folder readable by its owner only: it holds paths, client names and
 * masked values in its embedded database, the case key and the text cache. Before the
 * embedded database opens, the work folder and its {@code db} folder are created
 * owner-only; once the application has started, and again when it stops, the work folder,
 * the database folder and the database's files are restricted to their owner (files the
 * database makes meanwhile lie in a folder no one else can enter).
 */
@Component
public class WorkFolderPermissions
		implements BeanPostProcessor, EnvironmentAware, SmartInitializingSingleton, DisposableBean {

	private static final Set<PosixFilePermission> PRIVATE_DIRECTORY = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

	private static final Logger logger = LoggerFactory.getLogger(WorkFolderPermissions.class);

	private Path workDir;

	private boolean embeddedDatabase;

	@Override
	public void setEnvironment(Environment environment) {
		Binder binder = Binder.get(environment);
		this.workDir = binder.bind("breach-impact.work-dir", Path.class).orElse(null);
		String url = binder.bind("spring.datasource.url", String.class).orElse("");
		this.embeddedDatabase = DatabaseDialect.isEmbeddedFile(url);
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource && this.embeddedDatabase && this.workDir != null) {
			try {
				OwnerOnlyFiles.createPrivateDirectories(this.workDir.resolve("db"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the work folder " + this.workDir, ex);
			}
		}
		return bean;
	}

	@Override
	public void afterSingletonsInstantiated() {
		restrict();
	}

	@Override
	public void destroy() {
		restrict();
	}

	/**
	 * Restrict the work folder, its database folder and the database files to their
	 * owner.
	 */
	public void restrict() {
		if (this.workDir == null || !Files.isDirectory(this.workDir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try {
			set(this.workDir, PRIVATE_DIRECTORY);
			Path db = this.workDir.resolve("db");
			if (Files.isDirectory(db, LinkOption.NOFOLLOW_LINKS)) {
				set(db, PRIVATE_DIRECTORY);
				try (DirectoryStream<Path> files = Files.newDirectoryStream(db)) {
					for (Path file : files) {
						if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
							set(file, PRIVATE_FILE);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Cannot restrict the work folder {} to its owner ({}): restrict it by hand", this.workDir,
					ex.getClass().getSimpleName());
		}
	}

	private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, permissions);
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: its own access control applies
		}
	}

}
