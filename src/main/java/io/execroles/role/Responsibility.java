package io.execroles.role;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A duty of the role: what the person in it is responsible for or does. */
@Entity
@DiscriminatorValue("RESPONSIBILITY")
public class Responsibility extends Statement {

	protected Responsibility() {
	}

}
