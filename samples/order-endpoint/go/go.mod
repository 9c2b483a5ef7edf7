module example.com/order-endpoint

// Routes with a method in the pattern ("POST /api/orders") need Go 1.22 or newer.
go 1.22
