package baseline;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class Item {

	@Id
	private Long id;

	private String name;

	String getName() {
		return this.name;
	}

}
