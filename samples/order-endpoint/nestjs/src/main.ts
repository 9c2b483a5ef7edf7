// POST /api/orders with NestJS 12, all in one file so you can read it at once
import "reflect-metadata";
import { Body, Controller, HttpStatus, Injectable, Module, Post, ValidationPipe } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  Min,
  ValidateNested,
} from "class-validator";

const MENU: Record<string, number> = { ramen: 1250, gyoza: 600, tea: 300 }; // prices in cents
const DELIVERY_FEE = 299;

class OrderItem {
  @IsIn(Object.keys(MENU)) dish!: string;
  @IsInt() @Min(1) @Max(10) quantity!: number;
}

class CreateOrder {
  @IsString() @IsNotEmpty() restaurant!: string;
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OrderItem)
  items!: OrderItem[];
}

type Order = CreateOrder & { id: number; total: number; status: "placed" };

@Injectable()
class OrdersService {
  private readonly orders = new Map<number, Order>(); // in memory; a real app uses a database
  readonly notificationQueue: number[] = []; // stands in for a real queue, such as BullMQ

  create(input: CreateOrder): Order {
    const total = input.items.reduce((sum, item) => sum + MENU[item.dish] * item.quantity, DELIVERY_FEE);
    const order: Order = { id: this.orders.size + 1, ...input, total, status: "placed" };
    this.orders.set(order.id, order);
    this.notificationQueue.push(order.id);
    return order;
  }
}

@Controller("api/orders")
class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post() // a POST route answers 201 Created unless told otherwise
  create(@Body() input: CreateOrder): Order {
    return this.orders.create(input);
  }
}

@Module({ controllers: [OrdersController], providers: [OrdersService] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, errorHttpStatusCode: HttpStatus.UNPROCESSABLE_ENTITY }));
  await app.listen(process.env.PORT ?? 3000);
}
void bootstrap();
