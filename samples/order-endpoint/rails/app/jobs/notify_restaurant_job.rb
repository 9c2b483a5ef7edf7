class NotifyRestaurantJob < ApplicationJob
  def perform(order)
    Rails.logger.info("Telling the restaurant about order #{order.id}")
  end
end
