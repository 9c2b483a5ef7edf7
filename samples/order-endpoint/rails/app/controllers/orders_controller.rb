# Route, in config/routes.rb: post "api/orders", to: "orders#create"
class OrdersController < ApplicationController
  def create
    order = Order.new(order_params.merge(status: "placed"))
    if order.save # checks the validations, then saves inside a transaction
      NotifyRestaurantJob.perform_later(order)
      render json: order.as_json(only: %i[id restaurant items total status]), status: :created
    else
      render json: { errors: order.errors.full_messages }, status: :unprocessable_content
    end
  end

  private

  def order_params
    params.expect(order: [ :restaurant, items: [ [ :dish, :quantity ] ] ])
  end
end
