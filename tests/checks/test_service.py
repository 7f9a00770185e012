from copydesk.checks.service import ServiceMonitor, ServiceState


def test_listeners_see_changes_until_they_unsubscribe():
    monitor = ServiceMonitor("X")
    seen = []
    stop = monitor.subscribe(seen.append)
    monitor.set(ServiceState.STARTING)
    monitor.set(ServiceState.UNAVAILABLE, "no Java 17 found")
    stop()
    monitor.set(ServiceState.READY)
    assert [s.state for s in seen] == [ServiceState.STARTING, ServiceState.UNAVAILABLE]
    assert seen[-1].line("X") == "X: unavailable — no Java 17 found"
    assert monitor.status.state is ServiceState.READY
