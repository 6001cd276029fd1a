# A Python file for the integration tests to open: opening it activates the extension (onLanguage:python).
print("hello from the e2e workspace")
