<?php
// Route, in routes/api.php: Route::post('/orders', [OrderController::class, 'store']);

namespace App\Http\Controllers;

use App\Jobs\NotifyRestaurant;
use App\Models\Order;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\Rule;

class OrderController extends Controller
{
    private const MENU = ['ramen' => 1250, 'gyoza' => 600, 'tea' => 300]; // prices in cents
    private const DELIVERY_FEE = 299;

    public function store(Request $request): JsonResponse
    {
        // On failure, validate() answers 422 with the errors as JSON.
        $input = $request->validate([
            'restaurant' => ['required', 'string'],
            'items' => ['required', 'array', 'min:1', 'max:20'],
            'items.*.dish' => ['required', Rule::in(array_keys(self::MENU))],
            'items.*.quantity' => ['required', 'integer', 'between:1,10'],
        ]);

        $total = self::DELIVERY_FEE;
        foreach ($input['items'] as $item) {
            $total += self::MENU[$item['dish']] * $item['quantity'];
        }

        // Order is an Eloquent model: these four fields are fillable, and items is cast to an array.
        $order = DB::transaction(fn () => Order::create([
            'restaurant' => $input['restaurant'],
            'items' => $input['items'],
            'total' => $total,
            'status' => 'placed',
        ]));

        // A queued job: a worker process runs it after the response is sent.
        NotifyRestaurant::dispatch($order);

        return response()->json($order->only(['id', 'restaurant', 'items', 'total', 'status']), 201);
    }
}
