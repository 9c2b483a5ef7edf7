from django.db import models


class Order(models.Model):
    restaurant = models.CharField(max_length=100)
    items = models.JSONField()
    total = models.PositiveIntegerField()  # in cents
    status = models.CharField(max_length=20, default="placed")
