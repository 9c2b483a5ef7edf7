# Route it in urls.py with: path("api/orders", views.create_order)
import json
from functools import partial

from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Order
from .tasks import notify_restaurant

MENU = {"ramen": 1250, "gyoza": 600, "tea": 300}  # prices in cents
DELIVERY_FEE = 299


def problems(data):
    if not isinstance(data, dict):
        return ["the body must be a JSON object"]
    restaurant = data.get("restaurant")
    errors = [] if isinstance(restaurant, str) and restaurant else ["restaurant is required"]
    items = data.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= 20:
        return errors + ["items must hold 1 to 20 dishes"]
    for i, item in enumerate(items):
        if not isinstance(item, dict) or item.get("dish") not in MENU:
            errors.append(f"items[{i}].dish is not on the menu")
        elif type(item.get("quantity")) is not int or not 1 <= item["quantity"] <= 10:
            errors.append(f"items[{i}].quantity must be a whole number from 1 to 10")
    return errors


@csrf_exempt  # safe only once the app logs in with a token, not a browser cookie: add that check first
@require_POST
def create_order(request):
    try:
        data = json.loads(request.body)
    except ValueError:
        data = None
    if errors := problems(data):
        return JsonResponse({"errors": errors}, status=422)
    items = [{"dish": i["dish"], "quantity": i["quantity"]} for i in data["items"]]
    total = DELIVERY_FEE + sum(MENU[i["dish"]] * i["quantity"] for i in items)
    with transaction.atomic():
        order = Order.objects.create(restaurant=data["restaurant"], items=items, total=total)
        # Queue the task only once the order is really saved.
        transaction.on_commit(partial(notify_restaurant.enqueue, order.id))
    body = {"id": order.id, "restaurant": order.restaurant, "items": items, "total": total, "status": order.status}
    return JsonResponse(body, status=201)
