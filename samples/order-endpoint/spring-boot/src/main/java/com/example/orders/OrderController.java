package com.example.orders;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    static final Map<String, Integer> MENU = Map.of("ramen", 1250, "gyoza", 600, "tea", 300); // cents
    static final int DELIVERY_FEE = 299;

    record OrderItem(@NotNull @Pattern(regexp = "ramen|gyoza|tea") String dish, @Min(1) @Max(10) int quantity) {}
    record NewOrder(@NotEmpty String restaurant, @NotNull @Size(min = 1, max = 20) List<@Valid OrderItem> items) {}
    record Order(long id, String restaurant, List<OrderItem> items, int total, String status) {}
    record OrderPlaced(long orderId) {} // an @EventListener elsewhere tells the restaurant

    private final Map<Long, Order> orders = new ConcurrentHashMap<>(); // in memory; a real app uses a repository
    private final AtomicLong lastId = new AtomicLong();
    private final ApplicationEventPublisher events;

    OrderController(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Order create(@Valid @RequestBody NewOrder input) {
        int total = DELIVERY_FEE + input.items().stream()
                .mapToInt(item -> MENU.get(item.dish()) * item.quantity())
                .sum();
        var order = new Order(lastId.incrementAndGet(), input.restaurant(), input.items(), total, "placed");
        orders.put(order.id(), order);
        events.publishEvent(new OrderPlaced(order.id()));
        return order;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    Map<String, List<String>> invalid(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .toList();
        return Map.of("errors", errors);
    }
}
