# POST /api/orders with FastAPI and Pydantic 2
from itertools import count
from typing import Literal

from fastapi import BackgroundTasks, FastAPI, status
from pydantic import BaseModel, Field

Dish = Literal["ramen", "gyoza", "tea"]
MENU: dict[Dish, int] = {"ramen": 1250, "gyoza": 600, "tea": 300}  # prices in cents
DELIVERY_FEE = 299

app = FastAPI()
orders: dict[int, "Order"] = {}  # in memory; a real app uses a database
order_ids = count(1)


class OrderItem(BaseModel):
    dish: Dish
    quantity: int = Field(ge=1, le=10)


class NewOrder(BaseModel):
    restaurant: str = Field(min_length=1)
    items: list[OrderItem] = Field(min_length=1, max_length=20)


class Order(NewOrder):
    id: int
    total: int
    status: Literal["placed"] = "placed"


def notify_restaurant(order_id: int) -> None:
    print(f"Telling the restaurant about order {order_id}")


@app.post("/api/orders", status_code=status.HTTP_201_CREATED)
def create_order(new_order: NewOrder, background_tasks: BackgroundTasks) -> Order:
    total = DELIVERY_FEE + sum(MENU[item.dish] * item.quantity for item in new_order.items)
    order = Order(id=next(order_ids), total=total, **new_order.model_dump())
    orders[order.id] = order
    # Runs after the response is sent; a bigger app puts a job on a real queue instead.
    background_tasks.add_task(notify_restaurant, order.id)
    return order
