"""Richards: Martin Richards' operating-system task scheduler simulation."""
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_PACKET, WORK_PACKET = 0, 1
WORK_DATA_SIZE = 4


class Packet:
    """A message queued on a task: a device request or a unit of work."""

    def __init__(self, link, task_id, kind):
        self.link = link
        self.task_id = task_id
        self.kind = kind
        self.count = 0
        self.data = [0] * WORK_DATA_SIZE

    def append_to(self, queue):
        """Put this packet at the end of `queue` and return the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: priority, packet queue and the waiting/holding state."""

    def __init__(self, scheduler, task_id, priority, queue):
        self.scheduler = scheduler
        self.task_id = task_id
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = queue is not None
        self.holding = False
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[task_id] = self

    def is_runnable(self):
        return not self.holding and (self.packet_pending or not self.waiting)

    def take_packet(self):
        """A waiting task with a packet takes the first one and becomes running."""
        if not (self.waiting and self.packet_pending):
            return None
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet, current):
        """Queue `packet` here; return the task to run next (the higher priority one)."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    """Counts down, releasing the two devices in a pseudo-random order."""

    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    """Fills work packets with letters and sends them alternately to the two handlers."""

    def __init__(self, scheduler, queue):
        super().__init__(scheduler, WORKER, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_A + HANDLER_B - self.destination
        packet.task_id = self.destination
        packet.count = 0
        for i in range(WORK_DATA_SIZE):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    """Hands the letters of its work packets one by one to device packets."""

    def __init__(self, scheduler, task_id, priority, queue):
        super().__init__(scheduler, task_id, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            if work.count >= WORK_DATA_SIZE:
                self.work_queue = work.link
                return self.scheduler.queue_packet(work)
            device = self.device_queue
            if device is not None:
                self.device_queue = device.link
                device.count = work.data[work.count]
                work.count += 1
                return self.scheduler.queue_packet(device)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    """Holds one packet until it is released, then returns the packet to its sender."""

    def __init__(self, scheduler, task_id, priority):
        super().__init__(scheduler, task_id, priority, None)
        self.waiting = True
        self.held = None

    def run(self, packet):
        if packet is None:
            if self.held is None:
                return self.scheduler.wait_current()
            packet, self.held = self.held, None
            return self.scheduler.queue_packet(packet)
        self.held = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = {}
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_runnable():
                self.current = task
                task = task.run(task.take_packet())
            else:
                task = task.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def release(self, task_id):
        task = self.tasks[task_id]
        task.holding = False
        return task if task.priority > self.current.priority else self.current

    def queue_packet(self, packet):
        target = self.tasks[packet.task_id]
        self.queue_count += 1
        packet.link = None
        packet.task_id = self.current.task_id
        return target.receive(packet, self.current)


def simulate(idle_count):
    scheduler = Scheduler()
    IdleTask(scheduler, idle_count)
    work = Packet(Packet(None, 0, WORK_PACKET), 0, WORK_PACKET)
    WorkerTask(scheduler, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, DEVICE_PACKET)
        HandlerTask(scheduler, handler, priority, queue)
    DeviceTask(scheduler, DEVICE_A, 4000)
    DeviceTask(scheduler, DEVICE_B, 5000)
    scheduler.run()
    return scheduler.queue_count, scheduler.hold_count


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 25
for _ in range(loops):
    counts = simulate(10000)
if counts != (23246, 9297):
    raise SystemExit(f"richards: wrong packet and hold counts {counts}")
print("richards: queued %d packets, held %d times" % counts)
