# El panel Prescriptores, sus dos caras y el formulario de persona.
