package baseline;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One page that reads the database, so that the first response has gone through every layer. */
@RestController
class ItemController {

	private final ItemRepository items;

	ItemController(ItemRepository items) {
		this.items = items;
	}

	@GetMapping("/")
	List<String> names() {
		return this.items.findAll().stream().map(Item::getName).toList();
	}

}
