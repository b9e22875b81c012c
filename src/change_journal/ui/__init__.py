"""The Streamlit layer: session handling and shared widgets. The only place Streamlit is imported."""
