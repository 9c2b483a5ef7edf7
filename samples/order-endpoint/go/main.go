// POST /api/orders with net/http from Go's standard library
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"sync"
)

var menu = map[string]int{"ramen": 1250, "gyoza": 600, "tea": 300} // prices in cents

const deliveryFee = 299

type Item struct {
	Dish     string `json:"dish"`
	Quantity int    `json:"quantity"`
}

type Order struct {
	ID         int    `json:"id"`
	Restaurant string `json:"restaurant"`
	Items      []Item `json:"items"`
	Total      int    `json:"total"`
	Status     string `json:"status"`
}

// problem says what is wrong with an order, or returns "" when it is fine.
func problem(o Order) string {
	if o.Restaurant == "" {
		return "restaurant is required"
	}
	if len(o.Items) < 1 || len(o.Items) > 20 {
		return "items must hold 1 to 20 dishes"
	}
	for _, item := range o.Items {
		if _, ok := menu[item.Dish]; !ok || item.Quantity < 1 || item.Quantity > 10 {
			return "each item needs a dish on the menu and a quantity from 1 to 10"
		}
	}
	return ""
}

func main() {
	var mu sync.Mutex
	var orders []Order           // in memory; a real app uses a database
	queue := make(chan int, 100) // order ids waiting for the worker below
	go func() {
		for id := range queue {
			log.Printf("telling the restaurant about order %d", id)
		}
	}()

	http.HandleFunc("POST /api/orders", func(w http.ResponseWriter, r *http.Request) {
		var order Order
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10) // refuse bodies over 64 KiB
		if err := json.NewDecoder(r.Body).Decode(&order); err != nil {
			http.Error(w, "the body must be JSON", http.StatusBadRequest)
			return
		}
		if msg := problem(order); msg != "" {
			http.Error(w, msg, http.StatusUnprocessableEntity)
			return
		}
		order.Total, order.Status = deliveryFee, "placed"
		for _, item := range order.Items {
			order.Total += menu[item.Dish] * item.Quantity
		}
		mu.Lock()
		order.ID = len(orders) + 1
		orders = append(orders, order)
		mu.Unlock()
		queue <- order.ID // waits while 100 jobs are queued; a real app uses a job queue that stores them
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(order)
	})
	log.Println("listening on http://localhost:8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
