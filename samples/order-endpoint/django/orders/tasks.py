from django.tasks import task


@task
def notify_restaurant(order_id: int) -> None:
    print(f"Telling the restaurant about order {order_id}")
