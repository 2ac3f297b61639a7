package io.execroles.role;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A quality or capability that the role asks of the person in it. */
@Entity
@DiscriminatorValue("ATTRIBUTE")
public class Attribute extends Statement {

	protected Attribute() {
	}

}
