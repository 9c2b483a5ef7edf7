# check_order.py: checks an Order Now order body and lists every problem at once.
# Run: python3 check_order.py
import json

MENU = {"ramen", "gyoza", "tea"}  # the allow-list: dishes that exist


def check_order(body):
    """Returns a list of {"field", "message"} errors; an empty list means the order is fine."""
    if not isinstance(body, dict):
        return [{"field": "", "message": "must be a JSON object"}]
    errors = []
    restaurant, items = body.get("restaurant"), body.get("items")
    if not isinstance(restaurant, str) or not restaurant.strip() or len(restaurant) > 100:
        errors.append({"field": "restaurant", "message": "must be text of 1 to 100 characters"})
    if not isinstance(items, list) or not 1 <= len(items) <= 20:
        errors.append({"field": "items", "message": "must be a list of 1 to 20 items"})
        return errors
    for i, item in enumerate(items):
        item = item if isinstance(item, dict) else {}
        if item.get("dish") not in MENU:
            errors.append({"field": f"items[{i}].dish", "message": "must be a dish on the menu"})
        quantity = item.get("quantity")
        # bool is a kind of int in Python, so rule it out by name.
        if type(quantity) is not int or not 1 <= quantity <= 10:
            errors.append({"field": f"items[{i}].quantity", "message": "must be a whole number from 1 to 10"})
    return errors


def place_order(raw_body):
    """What an endpoint answers: 400 when the JSON itself is broken, 422 when it parses but breaks the rules."""
    try:
        body = json.loads(raw_body)
    except json.JSONDecodeError:
        return 400, {"errors": [{"field": "", "message": "the body is not valid JSON"}]}
    errors = check_order(body)
    if errors:
        return 422, {"errors": errors}
    # Copy only the fields you expect: a "price" or "status" sent by the client never gets through.
    items = [{"dish": item["dish"], "quantity": item["quantity"]} for item in body["items"]]
    return 201, {"restaurant": body["restaurant"], "items": items}


# A good order passes, and extra fields are left behind.
status, order = place_order('{"restaurant": "noodle-bar", "items": [{"dish": "ramen", "quantity": 2}], "price": 0}')
assert status == 201
assert order == {"restaurant": "noodle-bar", "items": [{"dish": "ramen", "quantity": 2}]}

# Broken JSON is a syntax problem: 400.
assert place_order('{"restaurant": "noodle-bar", ')[0] == 400

# Well-formed but wrong is a meaning problem: 422, with every error listed at once.
status, answer = place_order('{"restaurant": "", "items": [{"dish": "pizza", "quantity": 0}, {"dish": "tea", "quantity": "2"}]}')
assert status == 422
assert [error["field"] for error in answer["errors"]] == ["restaurant", "items[0].dish", "items[0].quantity", "items[1].quantity"]

# Limits on size and type: 21 items, a fraction, true as a number, a missing list, a body that is not an object.
assert check_order({"restaurant": "noodle-bar", "items": [{"dish": "tea", "quantity": 1}] * 21})[0]["field"] == "items"
assert len(check_order({"restaurant": "noodle-bar", "items": [{"dish": "tea", "quantity": 1.5}]})) == 1
assert len(check_order({"restaurant": "noodle-bar", "items": [{"dish": "tea", "quantity": True}]})) == 1
assert len(check_order({"restaurant": "noodle-bar"})) == 1
assert len(check_order(["ramen"])) == 1

print("check_order: 1 good order accepted, broken JSON got 400, bad orders got 422 with every error listed")
