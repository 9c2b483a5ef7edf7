# test_bill.py: the Order Now bill in whole cents, checked by unit tests (unittest)
import unittest

# In a real project, bill() lives in its own module and the tests import it.
MENU = {"ramen": 1250, "gyoza": 600}  # prices in cents
DELIVERY_FEE = 299


def bill(lines: list[dict]) -> int:
    """The total to charge, in cents. Raises ValueError for a dish or quantity it cannot accept."""
    total = DELIVERY_FEE
    for line in lines:
        dish, quantity = line["dish"], line["quantity"]
        if dish not in MENU:
            raise ValueError(f"{dish} is not on the menu")
        if type(quantity) is not int or not 1 <= quantity <= 10:
            raise ValueError(f"quantity must be a whole number from 1 to 10, got {quantity}")
        total += MENU[dish] * quantity
    return total


class BillTest(unittest.TestCase):
    def test_two_ramen_one_gyoza_and_delivery_come_to_3399_cents(self):
        lines = [{"dish": "ramen", "quantity": 2}, {"dish": "gyoza", "quantity": 1}]
        self.assertEqual(bill(lines), 3399)

    def test_rejects_a_quantity_of_0_2_5_or_11(self):
        for quantity in (0, 2.5, 11):
            with self.subTest(quantity=quantity):
                with self.assertRaisesRegex(ValueError, "quantity must be a whole number"):
                    bill([{"dish": "ramen", "quantity": quantity}])

    def test_rejects_a_dish_that_is_not_on_the_menu(self):
        with self.assertRaisesRegex(ValueError, "pizza is not on the menu"):
            bill([{"dish": "pizza", "quantity": 1}])


if __name__ == "__main__":
    unittest.main()
