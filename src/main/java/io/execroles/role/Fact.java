package io.execroles.role;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * What is neither duty nor quality: the role's focus, reporting line, history or
 * standing.
 */
@Entity
@DiscriminatorValue("FACT")
public class Fact extends Statement {

	protected Fact() {
	}

}
