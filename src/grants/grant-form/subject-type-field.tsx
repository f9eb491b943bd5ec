import { Controller, type Control } from 'react-hook-form';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type { GrantFormContext } from './grant-form-schema';
import type { GrantFormValues } from './grant-form-values';

type Props = { control: Control<GrantFormValues, GrantFormContext> };

export function SubjectTypeField({ control }: Props) {
  return (
    <Controller
      control={control}
      name="subject_type"
      render={({ field }) => (
        <FormControl>
          <FormLabel id="subject-type-label">Subject type</FormLabel>
          <RadioGroup
            row
            aria-labelledby="subject-type-label"
            name={field.name}
            value={field.value}
            onChange={field.onChange}
          >
            <FormControlLabel value="client" control={<Radio />} label="Client (the app itself)" />
            <FormControlLabel value="user" control={<Radio />} label="User (on behalf of a user)" />
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}
