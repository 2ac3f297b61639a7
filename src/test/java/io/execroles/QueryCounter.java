package io.execroles;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a piece of work runs (statistics are
 * on in tests).
 */
public final class QueryCounter {

	private final Statistics statistics;

	public QueryCounter(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	public long count(Runnable work) {
		this.statistics.clear();
		work.run();
		return this.statistics.getPrepareStatementCount();
	}

}
