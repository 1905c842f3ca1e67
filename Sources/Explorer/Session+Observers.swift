extension Session {
    /// Tells every statement observer about `event`, in the order they were added.
    func notify(_ event: StatementEvent) {
        for observer in statementObservers { observer(self, event) }
    }
}
