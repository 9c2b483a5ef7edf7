# Columns: restaurant, items (JSON), total, status
class Order < ApplicationRecord
  MENU = { "ramen" => 1250, "gyoza" => 600, "tea" => 300 }.freeze # prices in cents
  DELIVERY_FEE = 299

  validates :restaurant, presence: true
  validates :items, length: { in: 1..20, message: "must hold 1 to 20 dishes" }
  validate :items_are_on_the_menu
  before_save :calculate_total

  private

  def items_are_on_the_menu
    Array(items).each_with_index do |item, i|
      next if MENU.key?(item["dish"]) && item["quantity"].is_a?(Integer) && item["quantity"].between?(1, 10)

      errors.add(:items, "#{i} needs a dish on the menu and a quantity from 1 to 10")
    end
  end

  def calculate_total
    self.total = DELIVERY_FEE + items.sum { |item| MENU.fetch(item["dish"]) * item["quantity"] }
  end
end
